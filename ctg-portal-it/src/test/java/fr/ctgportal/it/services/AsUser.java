package fr.ctgportal.it.services;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The identity an in-container test method (or a {@link Caller} of the service table) runs as (see {@link TestUserMechanism}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface AsUser {
    String name();

    /** Groups granted, mapped one to one to the portal roles; empty: signed in with no portal role. */
    String[] roles() default {};
}
