package io.jiayi.identity.member;

/** How a managed member is related to the resident managing them. */
public enum Relationship {
    CHILD, PARENT, SPOUSE, OTHER
}
