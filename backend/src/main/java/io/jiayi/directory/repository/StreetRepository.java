package io.jiayi.directory.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.directory.Street;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StreetRepository implements PanacheRepositoryBase<Street, UUID> {
}
