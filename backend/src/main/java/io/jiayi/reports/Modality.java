package io.jiayi.reports;

/** How an exam was made; {@link #label} names it in titles and notifications. */
public enum Modality {
    CT("CT"), MRI("磁共振"), ULTRASOUND("超声"), XRAY("X线"), ENDOSCOPY("内镜"), ECG("心电图"), OTHER("检查");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
