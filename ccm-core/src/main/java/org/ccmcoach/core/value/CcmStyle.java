package org.ccmcoach.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every ccm value type.
 *
 * <p>A value type is a public abstract class carrying the domain name ({@code Practice}); the
 * generated implementation is package-private and never appears in the API: construction methods
 * return the abstract type, builders are reached through {@code X.builder()}, copies through the
 * generated {@code WithX} interface the type implements ({@code practice.withName("...")}).
 * Collections are JDK-only immutable copies.
 *
 * <p>The generated code checks nothing itself ({@code validationMethod = NONE}): required values,
 * bounds and formats are Jakarta constraints on the accessors, enforced at construction by
 * {@link CcmValidator#check(Object)} from the type's {@code @Value.Check} method, so that
 * every rule is declared once and every failure reads the same way.
 *
 * <pre>{@code
 * @CcmStyle
 * @Value.Immutable
 * public abstract class Practice implements WithPractice {
 *     @NotBlank public abstract String name();
 *     public static Builder builder() { return new Builder(); }
 *     public static final class Builder extends ImmutablePractice.Builder {}
 *     @Value.Check final void validate() { CcmValidator.check(this); }
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        typeWith = "With*",
        defaultAsDefault = true,
        privateNoargConstructor = false,
        // Only @Override: no @Generated (or other class-path) annotations in the class files, which
        // would warn in every user's build that lacks the Immutables jar. An empty list allows all.
        allowedClasspathAnnotations = {Override.class})
public @interface CcmStyle {
}
