using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// "MB/s of SVD": the SVD file's size (10^6 bytes) divided by the mean time of one operation. The issue states
    /// the in-process goal in these units, and it makes SVDs of different sizes comparable in one table.
    /// </summary>
    internal sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "SVD MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "SVD file size (MB = 10^6 bytes) divided by the mean time of one operation";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNanoseconds is not double mean || mean <= 0 || benchmarkCase.Parameters[SvdParameter.Name] is not string svd)
            {
                return "-";
            }

            double megabytes = BenchmarkSvds.SizeInBytes(svd) / 1e6;
            return (megabytes / (mean / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public override string ToString() => ColumnName;
    }

    /// <summary>Adds <see cref="ThroughputColumn"/> to the benchmark classes that process a whole SVD per operation.</summary>
    internal sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>The name every benchmark class gives its SVD parameter, so the column can find it.</summary>
    internal static class SvdParameter
    {
        public const string Name = "Svd";
    }
}
