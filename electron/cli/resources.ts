import { fileURLToPath } from 'node:url'

/**
 * The app's resources (the shipped price catalog). This file sits two folders below the
 * repository root, as does its bundle (dist/cli/margin.mjs), so one relative URL serves both.
 */
export const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url))
