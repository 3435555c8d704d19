package io.jiayi.signing;

public enum ActorKind {
    RESIDENT, DOCTOR, STAFF, ADMIN, SYSTEM
}
