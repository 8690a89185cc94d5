using System;
using System.Collections.Generic;
using System.IO;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// The SVDs the benchmarks are parameterized over, by a short name that reads well in BenchmarkDotNet's table:
    /// the two shipped ones always, STM32H743 (4 MB, the anchor) when the corpus is beside the repo.
    /// </summary>
    internal static class BenchmarkSvds
    {
        public const string Stm32L0x1 = "stm32l0x1";
        public const string Rp2040 = "rp2040";
        public const string Stm32H743 = "STM32H743";

        /// <summary>Every available SVD, smallest first.</summary>
        public static IEnumerable<string> All()
        {
            yield return Stm32L0x1;
            yield return Rp2040;
            if (RepoFiles.CorpusSvd("STMicro/STM32H743.svd") != null)
            {
                yield return Stm32H743;
            }
        }

        /// <summary>The largest available SVD only: for the benchmarks whose point is not how cost scales with size.</summary>
        public static IEnumerable<string> Largest()
        {
            yield return RepoFiles.CorpusSvd("STMicro/STM32H743.svd") != null ? Stm32H743 : Rp2040;
        }

        public static string PathOf(string name) => name switch
        {
            Stm32L0x1 => RepoFiles.ShippedSvd("stm32l0x1.svd"),
            Rp2040 => RepoFiles.ShippedSvd("rp2040.svd"),
            Stm32H743 => RepoFiles.CorpusSvd("STMicro/STM32H743.svd") ?? throw new FileNotFoundException("The SVD corpus (../shared/svd-corpus) has no STMicro/STM32H743.svd."),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown benchmark SVD."),
        };

        /// <summary>The SVD text; <see cref="ThroughputColumn"/> divides its UTF-8 file size by the mean time.</summary>
        public static string Text(string name) => File.ReadAllText(PathOf(name));

        public static long SizeInBytes(string name) => new FileInfo(PathOf(name)).Length;
    }
}
