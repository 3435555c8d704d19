package io.jiayi.reports;

/** A lab report (检验报告) or an exam report (检查报告). */
public enum ReportType {
    LAB, EXAM
}
