package pl.zmp.tracker.query.recruitment;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RecruitmentViewRepository extends MongoRepository<RecruitmentView, String> {
}
