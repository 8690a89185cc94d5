using System.Collections.Generic;
using System.Linq;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>
    /// The arm64 checker itself, on listings written here in objdump's and the JIT's syntax (runs everywhere, tools
    /// or not): it accepts what the compilers emit for the folded forms and rejects each way a form can cost more
    /// or mean something else — a call, a lost release store, a different value, address or width.
    /// </summary>
    public sealed class ArmZeroCostCheckTests
    {
        // What NativeAOT emitted for the probe's HandWrittenWrite and ValueFormWrite (register allocation and order differ).
        private const string HandWrittenWrite = """
               d5930:	stp	x29, x30, [sp, #-16]!
               d5934:	mov	x29, sp
               d5938:	mov	w0, #0x40                  	// #64
               d593c:	mov	x1, #0x10                  	// #16
               d5940:	movk	x1, #0xfe20, lsl #16
               d5944:	stlr	w0, [x1]
               d5948:	ldp	x29, x30, [sp], #16
               d594c:	ret
            """;

        private const string ValueFormWrite = """
               d5950:	stp	x29, x30, [sp, #-16]!
               d5954:	mov	x29, sp
               d5958:	mov	x0, #0x10                  	// #16
               d595c:	movk	x0, #0xfe20, lsl #16
               d5960:	mov	w1, #0x40                  	// #64
               d5964:	stlr	w1, [x0]
               d5968:	ldp	x29, x30, [sp], #16
               d596c:	ret
            """;

        // The intercepted closure: cached-lambda check, one-time creation block (d59a0..d59c4), address spilled to the frame.
        private const string ClosureWrite = """
               d5970:	stp	x29, x30, [sp, #-48]!
               d5974:	stp	x19, x20, [sp, #32]
               d5978:	mov	x29, sp
               d597c:	str	xzr, [x29, #24]
               d5980:	mov	x0, #0x10                  	// #16
               d5984:	movk	x0, #0xfe20, lsl #16
               d5988:	str	x0, [x29, #24]
               d598c:	nop
               d5990:	adr	x0, 1675d0 <__GCSTATICSDisasmProbe_DisasmProbe_Forms___c>
               d5994:	ldr	x19, [x0]
               d5998:	ldr	x0, [x19, #16]
               d599c:	cbnz	x0, d59c8 <DisasmProbe_DisasmProbe_Forms__ClosureWrite+0x58>
               d59a0:	nop
               d59a4:	adr	x0, 18bbd8 <_ZTV113S_P_CoreLib_System_Func_2<W__W>>
               d59a8:	bl	d1b80 <RhpNewFast>
               d59ac:	mov	x20, x0
               d59b0:	nop
               d59b4:	adr	x1, 1835d0 <__FrozenObj_DisasmProbe_DisasmProbe_Forms___c1>
               d59b8:	bl	758d4 <__DelegateCtor_S_P_CoreLib_System_Delegate__InitializeClosedInstance__ClosureWrite_b__7_0>
               d59bc:	add	x14, x19, #0x10
               d59c0:	mov	x15, x20
               d59c4:	bl	d310c <RhpAssignRefArm64>
               d59c8:	ldr	x0, [x29, #24]
               d59cc:	mov	w1, #0x40                  	// #64
               d59d0:	stlr	w1, [x0]
               d59d4:	ldp	x19, x20, [sp, #32]
               d59d8:	ldp	x29, x30, [sp], #48
               d59dc:	ret
            """;

        // The tier-1 JIT's HandWrittenRead, then the same read in NativeAOT's spelling.
        private const string JitRead = """
            ; Assembly listing for method DisasmProbe.Forms:HandWrittenRead():bool (Tier1)
            G_M000_IG01:                ;; offset=0x0000
                        stp     fp, lr, [sp, #-0x10]!
                        mov     fp, sp
            G_M000_IG02:                ;; offset=0x0008
                        movz    x0, #56
                        movk    x0, #0xFE20 LSL #16
                        ldar    w0, [x0]
                        tst     w0, #0x400
                        cset    x0, ne
            G_M000_IG03:                ;; offset=0x001C
                        ldp     fp, lr, [sp], #0x10
                        ret     lr
            ; Total bytes of code 36
            """;

        private const string AotRead = """
               d5c20:	stp	x29, x30, [sp, #-16]!
               d5c24:	mov	x29, sp
               d5c28:	mov	x0, #0x38                  	// #56
               d5c2c:	movk	x0, #0xfe20, lsl #16
               d5c30:	ldar	w0, [x0]
               d5c34:	tst	w0, #0x400
               d5c38:	cset	x0, ne	// ne = any
               d5c3c:	ldp	x29, x30, [sp], #16
               d5c40:	ret
            """;

        [Fact]
        public void TheValueFormInAnotherRegisterOrderIsIdentical()
        {
            Assert.Empty(ArmZeroCostCheck.Identical(Aot("ValueFormWrite", ValueFormWrite), Aot("HandWrittenWrite", HandWrittenWrite), compareResult: false));
            Assert.Equal(
                new[] { "store.release.32 [0xFE200010] <- 0x40" },
                ArmDataflow.Evaluate(Aot("ValueFormWrite", ValueFormWrite).Instructions).Effects);
        }

        [Fact]
        public void APlainStoreIsNotAVolatileOne()
        {
            string plain = ValueFormWrite.Replace("stlr\tw1, [x0]", "str\tw1, [x0]");
            IReadOnlyList<string> problems = ArmZeroCostCheck.Identical(Aot("ValueFormWrite", plain), Aot("HandWrittenWrite", HandWrittenWrite), compareResult: false);
            Assert.Contains(problems, problem => problem.Contains("store.32 [0xFE200010]"));
        }

        [Theory]
        [InlineData("mov\tw1, #0x40", "mov\tw1, #0x80")] // another value
        [InlineData("movk\tx0, #0xfe20, lsl #16", "movk\tx0, #0xfe21, lsl #16")] // another address
        [InlineData("stlr\tw1, [x0]", "stlrh\tw1, [x0]")] // another width
        public void ADifferentStoreIsRejected(string original, string changed)
        {
            string broken = ValueFormWrite.Replace(original, changed);
            Assert.NotEmpty(ArmZeroCostCheck.Identical(Aot("ValueFormWrite", broken), Aot("HandWrittenWrite", HandWrittenWrite), compareResult: false));
            Assert.NotEmpty(ArmZeroCostCheck.SameWork(Aot("ValueFormWrite", broken), Aot("HandWrittenWrite", HandWrittenWrite), compareResult: false, extraInstructions: 2));
        }

        [Fact]
        public void TheFoldedClosureLeavesOnlyItsOneTimeBlockAndTheSpill()
        {
            ArmListing closure = Aot("ClosureWrite", ClosureWrite);
            Assert.Equal(3, closure.Calls);
            Assert.Equal(18, closure.WithoutAllocatingBlocks.Count);
            Assert.Empty(ArmZeroCostCheck.Folded(closure, Aot("HandWrittenWrite", HandWrittenWrite)));
        }

        [Fact]
        public void ACallOnThePathIsRejected()
        {
            // The creation block's allocation gone: its delegate constructor call is then on the path taken.
            string broken = ClosureWrite.Replace("bl\td1b80 <RhpNewFast>", "mov\tx0, x0");
            IReadOnlyList<string> problems = ArmZeroCostCheck.Folded(Aot("ClosureWrite", broken), Aot("HandWrittenWrite", HandWrittenWrite));
            Assert.Contains(problems, problem => problem.StartsWith("has a call __DelegateCtor", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AStoredDelegateIsRejected()
        {
            const string delegateWrite = """
                   d5a50:	stp	x29, x30, [sp, #-16]!
                   d5a54:	mov	x29, sp
                   d5a58:	nop
                   d5a5c:	adr	x2, 183600 <__FrozenObj_DisasmProbe_DisasmProbe_Forms10>
                   d5a60:	mov	w1, wzr
                   d5a64:	ldr	x0, [x2, #8]
                   d5a68:	ldr	x2, [x2, #32]
                   d5a6c:	blr	x2
                   d5a70:	mov	x1, #0x10                  	// #16
                   d5a74:	movk	x1, #0xfe20, lsl #16
                   d5a78:	stlr	w0, [x1]
                   d5a7c:	ldp	x29, x30, [sp], #16
                   d5a80:	ret
                """;
            IReadOnlyList<string> problems = ArmZeroCostCheck.Folded(Aot("DelegateWrite", delegateWrite), Aot("HandWrittenWrite", HandWrittenWrite));
            Assert.Contains(problems, problem => problem.StartsWith("has a call", System.StringComparison.Ordinal));
            Assert.Contains(problems, problem => problem.Contains("<- call1:r0"));
        }

        [Fact]
        public void TheJitAndObjdumpSpellingsOfOneReadAgree()
        {
            ArmListing jit = ArmListingParser.ParseJitOptimized(JitRead)["HandWrittenRead"];
            ArmListing aot = Aot("HandWrittenRead", AotRead);
            Assert.Equal(aot.Instructions.Select(i => i.Text), jit.Instructions.Select(i => i.Text));
            Assert.Empty(ArmZeroCostCheck.Identical(jit, aot, compareResult: true));
            Assert.Equal("cset(ne, tst(load1, 0x400))", ArmDataflow.Evaluate(jit.Instructions).Returned);
        }

        [Fact]
        public void ADifferentBitTestIsADifferentResult()
        {
            string broken = AotRead.Replace("tst\tw0, #0x400", "tst\tw0, #0x800");
            Assert.Contains(
                ArmZeroCostCheck.SameWork(Aot("GeneratedRead", broken), Aot("HandWrittenRead", AotRead), compareResult: true, extraInstructions: 2),
                problem => problem.StartsWith("returns", System.StringComparison.Ordinal));
        }

        private static ArmListing Aot(string form, string text) => ArmListingParser.ParseObjdump(form, text);
    }
}
