using System;
using System.Collections.Generic;
using System.IO;
using PacGen.Svd.Building;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching;
using PacGen.Svd.Resolution;
using PacGen.Svd.Validation;

namespace PacGen.Svd
{
    /// <summary>
    /// Reads a CMSIS-SVD 1.3 document into the resolved <see cref="Device"/> model. Never throws on bad input:
    /// every problem is a located diagnostic, and an unexpected failure becomes PACGEN001.
    /// </summary>
    public static class SvdReader
    {
        /// <summary>
        /// Tests only: runs after parsing, so a test can prove that an unexpected exception becomes PACGEN001.
        /// Thread-static, so parallel tests do not see each other's hook.
        /// </summary>
        [ThreadStatic]
        internal static Action? FaultInjectionForTests;

        public static SvdReadResult Read(string svdText, SvdReaderOptions? options = null) => Read(svdText, null, null, options);

        /// <summary>
        /// Reads an SVD with an svdtools-format patch applied between loading and parsing (null: unpatched).
        /// <paramref name="readText"/> serves other files the patch names (<c>_copy</c> from another SVD); disk by default.
        /// A patch error means no device: never a half-patched one.
        /// </summary>
        public static SvdReadResult Read(string svdText, SvdPatch? patch, Func<string, string?>? readText, SvdReaderOptions? options = null)
        {
            var diagnostics = new DiagnosticBag();
            Device? device = null;
            string stage = Stages.Load;
            PatchContext? patchContext = null;
            try
            {
                device = ReadCore(svdText ?? "", options ?? SvdReaderOptions.Default, diagnostics, ref stage, patch, readText, out patchContext);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // The last-resort guard: the generator must never crash on an SVD, so a bug surfaces as one
                // diagnostic naming the stage that failed (tests assert it never fires on real or fuzzed input).
                diagnostics.Report(
                    SvdDiagnosticDescriptors.InternalError, SourcePosition.Unknown, "in stage '" + stage + "': " + ex.GetType().Name + ": " + ex.Message);
                device = null;
            }

            if (patchContext == null)
            {
                return new SvdReadResult(device, diagnostics.Items.ToEquatableArray());
            }

            var relocated = new List<SvdDiagnostic>(diagnostics.Items.Count);
            foreach (SvdDiagnostic diagnostic in diagnostics.Items)
            {
                relocated.Add(SvdPatcher.Relocate(diagnostic, patchContext));
            }

            return new SvdReadResult(device, relocated.ToEquatableArray());
        }

        /// <summary>Reads the SVD the patch's <c>_svd</c> names, patched; files come from <paramref name="readText"/> (disk by default).</summary>
        public static SvdReadResult ReadPatched(SvdPatch patch, Func<string, string?>? readText = null)
        {
            readText ??= PatchFiles.ReadFromDisk;
            if (patch.SvdPath == null || readText(patch.SvdPath) is not string text)
            {
                var bag = new List<SvdDiagnostic>(patch.Diagnostics);
                string message = patch.SvdPath == null ? "The patch has no _svd key naming the SVD to patch" : "Cannot read the SVD '" + patch.SvdPath + "' that _svd names";
                bag.Add(PatchDiagnosticDescriptors.MissingSvd.Create(new SourcePosition(1, 1), SvdPatch.FullPath(patch.Path), message));
                return new SvdReadResult(null, bag.ToEquatableArray());
            }

            return Read(text, patch, readText);
        }

        public static SvdReadResult ReadFile(string path, SvdReaderOptions? options = null)
        {
            SvdReaderOptions effective = options ?? SvdReaderOptions.Default;
            string text;
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && info.Length > effective.MaxBytes)
                {
                    var bag = new DiagnosticBag();
                    bag.Report(SvdDiagnosticDescriptors.DocumentTooLarge, SourcePosition.Unknown, info.Length, effective.MaxBytes);
                    return new SvdReadResult(null, bag.Items.ToEquatableArray());
                }

                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                var bag = new DiagnosticBag();
                bag.Report(SvdDiagnosticDescriptors.FileUnreadable, SourcePosition.Unknown, path, ex.Message);
                return new SvdReadResult(null, bag.Items.ToEquatableArray());
            }

            return Read(text, effective);
        }

        private static Device? ReadCore(
            string text, SvdReaderOptions options, DiagnosticBag diagnostics, ref string stage, SvdPatch? patch, Func<string, string?>? readText, out PatchContext? patchContext)
        {
            patchContext = null;
            SvdElement? root = SafeXmlLoader.Load(text, options.MaxBytes, diagnostics);
            if (root == null)
            {
                return null;
            }

            EncodingCheck.Run(text, options.DecodedAs, diagnostics);

            if (root.Name != "device")
            {
                diagnostics.Report(SvdDiagnosticDescriptors.NotADevice, root, root.Name);
                return null;
            }

            if (patch != null)
            {
                stage = Stages.Patch;
                patchContext = SvdPatcher.Apply(root, patch, readText ?? PatchFiles.ReadFromDisk);
                foreach (SvdDiagnostic diagnostic in patchContext.Diagnostics.Items)
                {
                    diagnostics.Add(diagnostic);
                }

                if (patchContext.Diagnostics.HasErrors)
                {
                    return null;
                }
            }

            stage = Stages.Parse;
            RawDevice raw = new SvdParser(diagnostics).ParseDevice(root);
            FaultInjectionForTests?.Invoke();
            stage = Stages.Resolve;
            List<RawPeripheral> peripherals = new DerivationResolver(diagnostics, raw).Resolve();
            stage = Stages.Build;
            Device device = new ModelBuilder(diagnostics).Build(raw, peripherals);
            stage = Stages.Validate;
            new LayoutValidator(diagnostics).Validate(device);
            return device;
        }

        /// <summary>The reader's stages, as the last-resort guard names them.</summary>
        internal static class Stages
        {
            public const string Load = "load";
            public const string Patch = "patch";
            public const string Parse = "parse";
            public const string Resolve = "resolve";
            public const string Build = "build";
            public const string Validate = "validate";
        }
    }
}
