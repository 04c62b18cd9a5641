package pl.zmp.tracker.query.municipality;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MunicipalityViewRepository extends MongoRepository<MunicipalityView, String> {
}
