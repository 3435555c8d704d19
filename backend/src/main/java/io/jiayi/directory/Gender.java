package io.jiayi.directory;

public enum Gender {
    MALE, FEMALE
}
