package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.ordercore.adapter.web.PathIds;
import io.ordercore.adapter.web.security.RequestCaller;
import io.ordercore.adapter.web.security.Roles;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnersUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The banner catalogue partners place on their sites, each linking with their referral code. */
@Controller("/api/v1/admin/banners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: partners")
public class AdminBannerController {

    private final PartnersUseCase partners;

    public AdminBannerController(PartnersUseCase partners) {
        this.partners = partners;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SITE_MANAGER})
    @Operation(summary = "All banners, by size")
    public BannerListJson listBanners(@RequestCaller Caller caller) {
        return BannerListJson.from(partners.banners(caller));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.ADMIN)
    @Operation(summary = "Add a banner: size WIDTHxHEIGHT (e.g. 120x600), an http(s) imageUrl, a title",
            description = "400 VALIDATION_FAILED lists every refused field (size INVALID_SIZE, imageUrl NOT_A_URL).")
    public BannerJson addBanner(@Nullable @Body BannerRequest body, @RequestCaller Caller caller) {
        BannerRequest form = body == null ? new BannerRequest(null, null, null) : body;
        return BannerJson.from(partners.addBanner(caller, form.size(), form.imageUrl(), form.title()));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.ADMIN)
    @Operation(summary = "Remove a banner from the catalogue")
    public void deleteBanner(long id, @RequestCaller Caller caller) {
        partners.deleteBanner(caller, PathIds.banner(id));
    }
}
