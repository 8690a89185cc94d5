using System.IO;
using Xunit;

namespace PacGen.Runtime.Linux.Tests;

/// <summary>
/// A fact about a permission failure. File modes do not stop root, so as root the test needs what denies even root
/// (a read-only sysfs attribute opened for writing: EACCES from kernfs); it is skipped, saying so, where there is none.
/// </summary>
public sealed class PermissionFactAttribute : FactAttribute
{
    public const string RootDeniedPath = "/sys/devices/system/cpu/online";

    public PermissionFactAttribute()
    {
        if (ScratchFiles.IsRoot && !File.Exists(RootDeniedPath))
        {
            Skip = "running as root, and " + RootDeniedPath + " (a read-only sysfs attribute that denies root write access) does not exist";
        }
    }
}
