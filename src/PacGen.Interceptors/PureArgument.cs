using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>
    /// Setter arguments the interceptor can move out of the lambda: built only from constants and the lambda's own
    /// parameters (not its W), through properties, fields and methods of those values, built-in operators,
    /// conditionals and conversions — <c>!r.Od3</c>, <c>r.Mode2 + 1</c>, <c>on ? Mode.Fast : Mode.Off</c>. Such an
    /// expression means the same in the interceptor, with the parameters renamed, because it reads nothing else.
    /// </summary>
    internal static class PureArgument
    {
        public static bool IsPure(IOperation operation, IAnonymousFunctionOperation lambda, IParameterSymbol writeParameter)
        {
            if (operation.ConstantValue.HasValue)
            {
                return operation.Type is not null && operation.ConstantValue.Value is not null;
            }

            switch (operation)
            {
                case IParameterReferenceOperation reference:
                    return SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, lambda.Symbol) &&
                           !SymbolEqualityComparer.Default.Equals(reference.Parameter, writeParameter);
                case IPropertyReferenceOperation { Instance: { } instance, Property: { IsStatic: false, Parameters.Length: 0 } }:
                    return IsPure(instance, lambda, writeParameter);
                case IFieldReferenceOperation { Instance: { } instance, Field.IsStatic: false }:
                    return IsPure(instance, lambda, writeParameter);
                case IInvocationOperation { Instance: { } instance, TargetMethod: { IsStatic: false, IsGenericMethod: false, ReturnsVoid: false } } call:
                    return IsPure(instance, lambda, writeParameter) &&
                           call.Arguments.All(argument => argument.ArgumentKind == ArgumentKind.Explicit && IsPure(argument.Value, lambda, writeParameter));
                case IUnaryOperation { OperatorMethod: null } unary when UnaryToken(unary.OperatorKind) is not null:
                    return IsPure(unary.Operand, lambda, writeParameter);
                case IBinaryOperation { OperatorMethod: null } binary when BinaryToken(binary.OperatorKind) is not null:
                    return IsPure(binary.LeftOperand, lambda, writeParameter) && IsPure(binary.RightOperand, lambda, writeParameter);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return IsPure(conditional.Condition, lambda, writeParameter) && IsPure(conditional.WhenTrue, lambda, writeParameter) &&
                           IsPure(whenFalse, lambda, writeParameter);
                case IConversionOperation { OperatorMethod: null, Type: { } } conversion:
                    return IsPure(conversion.Operand, lambda, writeParameter);
                default:
                    return false;
            }
        }

        /// <summary>Renders a pure expression with fully qualified types; <paramref name="name"/> maps the lambda's parameters.</summary>
        public static string Render(IOperation operation, Func<IParameterSymbol, string> name)
        {
            if (operation.ConstantValue.HasValue)
            {
                string literal = SymbolDisplay.FormatPrimitive(operation.ConstantValue.Value!, quoteStrings: true, useHexadecimalNumbers: false);
                return "((" + operation.Type!.ToDisplayString(ValueRenderer.TypeFormat) + ")(" + literal + "))";
            }

            switch (operation)
            {
                case IParameterReferenceOperation reference:
                    return name(reference.Parameter);
                case IPropertyReferenceOperation property:
                    return Render(property.Instance!, name) + "." + property.Property.Name;
                case IFieldReferenceOperation field:
                    return Render(field.Instance!, name) + "." + field.Field.Name;
                case IInvocationOperation call:
                    return Render(call.Instance!, name) + "." + call.TargetMethod.Name + "(" +
                           string.Join(", ", call.Arguments.OrderBy(argument => argument.Parameter!.Ordinal).Select(argument => Render(argument.Value, name))) + ")";
                case IUnaryOperation unary:
                    return "(" + UnaryToken(unary.OperatorKind) + Render(unary.Operand, name) + ")";
                case IBinaryOperation binary:
                    return "(" + Render(binary.LeftOperand, name) + " " + BinaryToken(binary.OperatorKind) + " " + Render(binary.RightOperand, name) + ")";
                case IConditionalOperation conditional:
                    return "(" + Render(conditional.Condition, name) + " ? " + Render(conditional.WhenTrue, name) + " : " + Render(conditional.WhenFalse!, name) + ")";
                case IConversionOperation conversion:
                    return "((" + conversion.Type!.ToDisplayString(ValueRenderer.TypeFormat) + ")" + Render(conversion.Operand, name) + ")";
                default:
                    throw new InvalidOperationException("not a pure argument: " + operation.Kind);
            }
        }

        private static string? UnaryToken(UnaryOperatorKind kind) => kind switch
        {
            UnaryOperatorKind.Not => "!",
            UnaryOperatorKind.BitwiseNegation => "~",
            UnaryOperatorKind.Minus => "-",
            UnaryOperatorKind.Plus => "+",
            _ => null,
        };

        private static string? BinaryToken(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.Add => "+",
            BinaryOperatorKind.Subtract => "-",
            BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Divide => "/",
            BinaryOperatorKind.Remainder => "%",
            BinaryOperatorKind.LeftShift => "<<",
            BinaryOperatorKind.RightShift => ">>",
            BinaryOperatorKind.UnsignedRightShift => ">>>",
            BinaryOperatorKind.And => "&",
            BinaryOperatorKind.Or => "|",
            BinaryOperatorKind.ExclusiveOr => "^",
            BinaryOperatorKind.ConditionalAnd => "&&",
            BinaryOperatorKind.ConditionalOr => "||",
            BinaryOperatorKind.Equals => "==",
            BinaryOperatorKind.NotEquals => "!=",
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            _ => null,
        };
    }
}
