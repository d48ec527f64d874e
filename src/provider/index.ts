export { ZendeskPluginProvider } from './provider';
export * from './address';
