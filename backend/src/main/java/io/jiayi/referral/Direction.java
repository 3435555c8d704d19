package io.jiayi.referral;

/** 上转 (community to hospital) or 下转 (hospital back to the community). */
public enum Direction {
    UP, DOWN
}
