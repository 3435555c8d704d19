package io.jiayi.directory;

/** 街道 or 镇. */
public enum StreetKind {
    STREET, TOWN
}
