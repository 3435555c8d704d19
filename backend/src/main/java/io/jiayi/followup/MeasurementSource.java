package io.jiayi.followup;

/** Where a self-measurement came from. */
public enum MeasurementSource {
    /** Typed into the app. */
    APP,
    /** A smart health station (智慧健康驿站). */
    HEALTH_STATION,
    /** A connected device. */
    DEVICE
}
