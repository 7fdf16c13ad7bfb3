import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadCurrentWorkspace } from './frame/fileActions'
import './styles/base.css'
import './styles/frame.css'
import './styles/grid.css'
import './styles/views.css'
import './styles/print.css'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
void loadCurrentWorkspace()
