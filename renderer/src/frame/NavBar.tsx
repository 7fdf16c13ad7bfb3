import { useNavigation, viewList } from './navigation'

export function NavBar() {
  const view = useNavigation((state) => state.view)
  const go = useNavigation((state) => state.go)
  return (
    <nav className="nav" aria-label="Views">
      <div className="nav-brand">AI Margin Planner</div>
      <ul>
        {viewList.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={item.id === view ? 'nav-link nav-link-active' : 'nav-link'}
              aria-current={item.id === view ? 'page' : undefined}
              data-testid={`nav-${item.id}`}
              onClick={() => go(item.id)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
