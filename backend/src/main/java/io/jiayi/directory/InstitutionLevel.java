package io.jiayi.directory;

/** 一级 / 二级 / 三级: the hospital grade. */
public enum InstitutionLevel {
    PRIMARY, SECONDARY, TERTIARY
}
