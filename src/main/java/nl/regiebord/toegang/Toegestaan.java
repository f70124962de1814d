package nl.regiebord.toegang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The right an endpoint needs. On a path with {@code {planId}} it is the caller's right in that plan; a general
 * right ({@link Recht#isAlgemeen()}) is the beheerder's. Every endpoint that takes a planId must say which.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Toegestaan {
    Recht value();
}
