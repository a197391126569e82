"""The OpenAPI 3.1 document of the subscriptions API, built from the pydantic models."""

from __future__ import annotations

from functools import cache
from typing import Any

from services.alerts.deliveries import Delivery
from services.alerts.subscriptions import Filters, SubscriptionRequest

_ERRORS = {
    "401": {"description": "No bearer token."},
    "403": {"description": "Wrong bearer token."},
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


@cache
def openapi_document() -> dict[str, Any]:
    """The document served at ``/openapi.json``."""
    schemas: dict[str, Any] = {}
    for model in (SubscriptionRequest, Filters, Delivery):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    schemas["Subscription"] = {
        "type": "object",
        "required": ["id", "url", "filters", "created_at", "active"],
        "properties": {
            "id": {"type": "string"},
            "url": {"type": "string"},
            "filters": _ref("Filters"),
            "description": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"},
            "active": {"type": "boolean"},
            "disabled_reason": {"type": ["string", "null"]},
            "secret": {"type": "string", "description": "whsec_… signing secret; only in the 201 answer."},
        },
    }
    schemas["ValidationError"] = {
        "type": "object",
        "properties": {
            "detail": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "loc": {"type": "array", "items": {"type": "string"}},
                        "field": {"type": "string"},
                        "msg": {"type": "string"},
                        "type": {"type": "string"},
                    },
                },
            }
        },
    }
    sub_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    not_found = {"404": {"description": "No such subscription."}}
    paths = {
        "/subscriptions": {
            "post": {
                "summary": "Create a subscription (https URL; private addresses rejected).",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("SubscriptionRequest")}},
                },
                "responses": {
                    "201": _json(_ref("Subscription"), "Created; carries the secret."),
                    "422": _json(_ref("ValidationError"), "Invalid body; names the field."),
                    **_ERRORS,
                },
            },
            "get": {
                "summary": "List subscriptions.",
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {"subscriptions": {"type": "array", "items": _ref("Subscription")}},
                        },
                        "The subscriptions.",
                    ),
                    **_ERRORS,
                },
            },
        },
        "/subscriptions/{id}": {
            "parameters": sub_id,
            "get": {
                "summary": "One subscription.",
                "responses": {"200": _json(_ref("Subscription"), "Found."), **not_found, **_ERRORS},
            },
            "delete": {
                "summary": "Delete a subscription.",
                "responses": {"204": {"description": "Deleted."}, **not_found, **_ERRORS},
            },
        },
        "/subscriptions/{id}/test": {
            "parameters": sub_id,
            "post": {
                "summary": "Send a signed ping now.",
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "properties": {
                                "ok": {"type": "boolean"},
                                "status_code": {"type": ["integer", "null"]},
                                "error": {"type": ["string", "null"]},
                                "duration_ms": {"type": "number"},
                            },
                        },
                        "The receiver's answer.",
                    ),
                    **not_found,
                    **_ERRORS,
                },
            },
        },
        "/subscriptions/{id}/deliveries": {
            "parameters": sub_id,
            "get": {
                "summary": "The delivery log, newest first.",
                "responses": {
                    "200": _json(
                        {"type": "object", "properties": {"deliveries": {"type": "array", "items": _ref("Delivery")}}},
                        "The log.",
                    ),
                    **not_found,
                    **_ERRORS,
                },
            },
        },
        "/deliveries/{id}/retry": {
            "parameters": sub_id,
            "post": {
                "summary": "Deliver again (same webhook-id).",
                "responses": {
                    "202": _json(_ref("Delivery"), "Queued."),
                    "404": {"description": "No such delivery."},
                    **_ERRORS,
                },
            },
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Armswatch alerts",
            "version": "1",
            "description": "Subscribe to arms-transfer alerts delivered as Standard Webhooks.",
        },
        "components": {"schemas": schemas, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
        "paths": paths,
    }
