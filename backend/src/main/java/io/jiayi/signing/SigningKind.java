package io.jiayi.signing;

/** Why a signing was applied for. */
public enum SigningKind {
    NEW,
    /** 续约: with the same doctor, before the current term ends. */
    RENEWAL,
    /** 转签: with another doctor; the current signing ends when this one starts. */
    SWITCH
}
