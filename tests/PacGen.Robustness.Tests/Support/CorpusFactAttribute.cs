using PacGen.TestSupport;
using Xunit;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>A fact that is skipped (not failed) when the shared SVD corpus is not beside the repository.</summary>
    public sealed class CorpusFactAttribute : FactAttribute
    {
        public CorpusFactAttribute()
        {
            if (!RepoPaths.HasCorpus)
            {
                Skip = "The SVD corpus (../shared/svd-corpus) is not present.";
            }
        }
    }
}
