// The deploy targets are Linux boxes; the tests run the Linux tools (bash, shellcheck, systemd-analyze).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
