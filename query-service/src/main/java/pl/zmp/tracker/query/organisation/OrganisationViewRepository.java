package pl.zmp.tracker.query.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationViewRepository extends MongoRepository<OrganisationView, String> {
}
