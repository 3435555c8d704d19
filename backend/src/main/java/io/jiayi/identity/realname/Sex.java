package io.jiayi.identity.realname;

/** Sex as a resident identity card number records it (GB 11643-1999: odd 17th digit is male). */
public enum Sex {
    MALE,
    FEMALE
}
