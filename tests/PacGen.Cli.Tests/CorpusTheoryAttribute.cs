using System.IO;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    /// <summary>A theory over the shared SVD corpus that reports itself skipped on a fresh clone without ../shared.</summary>
    public sealed class CorpusTheoryAttribute : TheoryAttribute
    {
        public CorpusTheoryAttribute()
        {
            if (!Directory.Exists(RepoPaths.Corpus))
            {
                Skip = "the SVD corpus (../shared/svd-corpus) is not beside this clone";
            }
        }
    }
}
