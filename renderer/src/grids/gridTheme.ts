import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community'

ModuleRegistry.registerModules([AllCommunityModule])

/** The app's system font stack: Quartz's default asks for a web font the app never loads. */
const systemFonts = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Roboto',
  'Helvetica Neue',
  'Arial',
  'sans-serif',
]

/** One calm, dense look for every grid; colours match the variables in styles/base.css. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: systemFonts,
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  headerTextColor: '#4a5663',
  headerBackgroundColor: '#f6f8fa',
  foregroundColor: '#1f2933',
  accentColor: '#2459c9',
  borderColor: '#e3e8ee',
  rowBorder: { color: '#edf1f5' },
  columnBorder: false,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorderRadius: 6,
  borderRadius: 4,
  selectedRowBackgroundColor: 'rgba(36, 89, 201, 0.08)',
  rowHoverColor: 'rgba(36, 89, 201, 0.04)',
  pinnedRowBorder: { color: '#d5dce4', width: 1 },
  // Small detail grids size to their rows; one row's height leaves room for the empty message.
  autoHeightMinBodyHeight: 30,
})
