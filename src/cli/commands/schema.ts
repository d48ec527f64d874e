import type { Command } from 'commander';
import { PROVIDER_ADDRESS } from '../../provider/address';

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('Print the provider schema (the same document as `terraform providers schema -json`).')
    .option('--json', 'print JSON (the only format)', true)
    .action(async () => {
      const { providerSchemaDocument } = await import('../../framework/schema-json');
      const { ZendeskPluginProvider } = await import('../../provider/provider');
      process.stdout.write(`${JSON.stringify(providerSchemaDocument(new ZendeskPluginProvider(), PROVIDER_ADDRESS))}\n`);
    });
}
