package pl.zmp.tracker.query.project;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProjectViewRepository extends MongoRepository<ProjectView, String> {
}
