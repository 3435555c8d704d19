package io.jiayi.signing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A condition the plan manages and how often it is followed up; follow-up plans start here. */
@Entity
@Table(name = "management_plan_item")
public class ManagementPlanItem {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    public KeyPopulation condition;

    @Column(name = "follow_ups_per_year")
    public int followUpsPerYear;

    public String goals;
}
