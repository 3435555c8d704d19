package io.jiayi.booking;

import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jiayi.booking")
public interface BookingConfig {

    /** What decides a lock: the Redis gate, or PostgreSQL row locks alone (see {@link LockGate}). */
    @WithDefault("REDIS")
    LockGate lockGate();

    /** Days ahead bookable, where an institution set no rule of its own. */
    @WithDefault("7")
    int defaultHorizonDays();

    /** Time of the daily release, where an institution set none. */
    @WithDefault("08:00")
    LocalTime defaultReleaseTime();

    /** Minutes before a slot that booking closes, where an institution set none. */
    @WithDefault("30")
    int defaultBookingCutoffMinutes();

    /** Minutes before a slot that cancellation closes, where an institution set none. */
    @WithDefault("120")
    int defaultCancelDeadlineMinutes();

    /** How long before the clinic unused referral units join the public pool. */
    @WithDefault("PT24H")
    Duration referralReleaseBefore();

    /** How long a hold waits for confirmation. */
    @WithDefault("PT10M")
    Duration holdTime();

    /** Live bookings one patient may have with one doctor on one day. */
    @WithDefault("1")
    int limitPerDoctorPerDay();

    /** Live bookings one patient may have in one department. */
    @WithDefault("3")
    int limitPerDepartment();

    /** Live bookings one patient may have in all. */
    @WithDefault("10")
    int limitTotal();

    /** How often lapsed holds are looked for ({@code off} where tests run the job themselves). */
    @WithDefault("15s")
    String holdExpiryInterval();

    /** How often unused referral units move to the public pool ({@code off} where tests run the job themselves). */
    @WithDefault("5m")
    String referralReleaseInterval();

    /**
     * How often the slots a release is about to open are remembered ({@code off} likewise): keep it
     * at most a third of a minute, the facts being kept a minute (see {@code OpeningSlots}).
     */
    @WithDefault("20s")
    String openingSlotsInterval();

    /** How often waits of slots whose booking closed are ended ({@code off} likewise). */
    @WithDefault("1m")
    String waitlistCloseInterval();

    /** Waitlists (候补) one patient may be on at a time. */
    @WithDefault("3")
    int waitlistLimit();

    /** Lock requests one account may burst, and regains a minute. */
    @WithDefault("20")
    int rateAccountCapacity();

    @WithDefault("30")
    int rateAccountPerMinute();

    /** Lock requests for one patient (ID number). */
    @WithDefault("10")
    int ratePatientCapacity();

    @WithDefault("20")
    int ratePatientPerMinute();

    /** Lock requests from one client address (many residents share a network). */
    @WithDefault("200")
    int rateAddressCapacity();

    @WithDefault("600")
    int rateAddressPerMinute();

    /** No-shows within {@link #noShowWindow()} that restrict booking. */
    @WithDefault("3")
    int noShowsToRestrict();

    @WithDefault("P90D")
    java.time.Period noShowWindow();

    /** How long a restriction lasts. */
    @WithDefault("P90D")
    java.time.Period restrictionLength();

    /** How long before a slot check-in opens. */
    @WithDefault("PT60M")
    Duration checkInOpensBefore();

    /** Longest date range one weekly template may fill. */
    @WithDefault("92")
    int maxTemplateDays();
}
