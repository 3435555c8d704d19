package io.jiayi.followup;

/** How a question is answered. */
public enum QuestionType {
    /** A number with a unit, an allowed range and at most {@code decimals} decimals. */
    NUMBER,
    /** One option code. */
    SINGLE_CHOICE,
    /** A list of distinct option codes. */
    MULTIPLE_CHOICE,
    /** true or false. */
    YES_NO,
    /** Free text up to {@code maxLength} characters. */
    TEXT,
    /** A calendar day, yyyy-MM-dd; not in the future unless the question allows it. */
    DATE
}
