export { ZendeskProvider } from './provider';
export * from './address';
