package io.jiayi.directory;

/** A doctor's place in a family-doctor team (家庭医生工作室). */
public enum TeamRole {
    LEADER, MEMBER
}
