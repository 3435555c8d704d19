package io.jiayi.signing;

public enum Smoking {
    NEVER, FORMER, CURRENT
}
