using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;
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
            try
            {
                device = ReadCore(svdText ?? "", options ?? SvdReaderOptions.Default, diagnostics);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // The generator must never crash on an SVD: surface the bug as a diagnostic instead.
                diagnostics.Report(SvdDiagnosticDescriptors.InternalError, SourcePosition.Unknown, ex.GetType().Name + ": " + ex.Message);
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

        private static Device? ReadCore(string text, SvdReaderOptions options, DiagnosticBag diagnostics)
        {
            XDocument? document = SafeXmlLoader.Load(text, options.MaxBytes, diagnostics);
            if (document?.Root == null)
            {
                return null;
            }

            if (document.Root.Name.LocalName != "device")
            {
                diagnostics.Report(SvdDiagnosticDescriptors.NotADevice, document.Root, document.Root.Name.LocalName);
                return null;
            }

            RawDevice raw = new SvdParser(diagnostics).ParseDevice(document.Root);
            FaultInjectionForTests?.Invoke();
            List<RawPeripheral> peripherals = new DerivationResolver(diagnostics, raw).Resolve();
            Device device = new ModelBuilder(diagnostics).Build(raw, peripherals);
            new LayoutValidator(diagnostics).Validate(device);
            return device;
        }
    }
}
