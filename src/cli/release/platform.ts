/** Terraform's name for a platform (`os_arch`: linux_amd64, windows_amd64, darwin_arm64, …) from Node's names. */
export function terraformPlatform(os: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const tfOs = os === 'win32' ? 'windows' : os;
  const tfArch = arch === 'x64' ? 'amd64' : arch === 'ia32' ? '386' : arch;
  return `${tfOs}_${tfArch}`;
}
