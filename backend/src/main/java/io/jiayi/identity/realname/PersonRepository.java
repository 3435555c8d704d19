package io.jiayi.identity.realname;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Uni<Person> findByIdNumberHash(String hash) {
        return find("idNumberHash", hash).firstResult();
    }
}
