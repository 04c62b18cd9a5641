package pl.zmp.tracker.query.exhibition;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ExhibitionViewRepository extends MongoRepository<ExhibitionView, String> {
}
