export { renderSite, trendCharts, modelPagePath, versionPagePath } from './pages.js';
export type { SiteFile, SiteOptions, SiteModelInput } from './pages.js';
export type { ApiModels, ApiModel, ApiVersion, ApiStage } from './api.js';
export { esc, safeUrl, href } from './html.js';
