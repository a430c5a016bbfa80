package uk.safeguarding.rules.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The question a safeguarding lead would answer to settle a fact, asked when the fact is unknown and a
 * verdict is UNDETERMINED because of it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Question {
    String value();
}
