package io.jiayi.booking;

/** What an examination resource does: CT, MRI, 超声, X 线, 内镜, 心电图, other. */
public enum ExamModality {
    CT, MRI, ULTRASOUND, XRAY, ENDOSCOPY, ECG, OTHER
}
