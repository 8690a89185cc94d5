using System;
using System.Collections.Generic;
using System.IO;
using PacGen.Svd.Building;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;
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

        public static SvdReadResult Read(string svdText, SvdReaderOptions? options = null)
        {
            var diagnostics = new DiagnosticBag();
            Device? device = null;
            string stage = Stages.Load;
            try
            {
                device = ReadCore(svdText ?? "", options ?? SvdReaderOptions.Default, diagnostics, ref stage);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // The last-resort guard: the generator must never crash on an SVD, so a bug surfaces as one
                // diagnostic naming the stage that failed (tests assert it never fires on real or fuzzed input).
                diagnostics.Report(
                    SvdDiagnosticDescriptors.InternalError, SourcePosition.Unknown, "in stage '" + stage + "': " + ex.GetType().Name + ": " + ex.Message);
                device = null;
            }

            return new SvdReadResult(device, diagnostics.Items.ToEquatableArray());
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

        private static Device? ReadCore(string text, SvdReaderOptions options, DiagnosticBag diagnostics, ref string stage)
        {
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
            public const string Parse = "parse";
            public const string Resolve = "resolve";
            public const string Build = "build";
            public const string Validate = "validate";
        }
    }
}
