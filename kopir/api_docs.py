"""The API's OpenAPI 3 schema (generated from the code by drf-spectacular) and
a page that reads it for people: each endpoint, its parameters and its fields.

The schema is made once per process: it changes only with the code.
"""

import functools

import yaml
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


@functools.cache
def schema(language="en"):
    """The OpenAPI document as a dict, its descriptions in ``language`` (the
    served and committed schema is English)."""
    # The generator loads only here: a web worker that never serves the schema
    # does not hold it.
    from drf_spectacular.generators import SchemaGenerator

    with translation.override(language):
        return SchemaGenerator(
            patterns=None, urlconf="kopir.api_urls_for_schema"
        ).get_schema(request=None, public=True)


def schema_yaml():
    return yaml.dump(
        schema(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88
    )


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


@csrf_exempt
def not_found(request):
    return JsonResponse({"detail": _("Not found.")}, status=404)


@require_safe
def schema_view(request):
    if request.GET.get("format") == "json":
        response = JsonResponse(schema(), json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(
            schema_yaml(), content_type="application/vnd.oai.openapi; charset=utf-8"
        )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _resolve(document, node):
    if isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return document["components"]["schemas"].get(name, {}), name
    return node or {}, ""


def _fields(document, node, depth=0):
    """(name, type, description, required) rows of a response body."""
    node, _name = _resolve(document, node)
    if node.get("type") == "array":
        return _fields(document, node.get("items", {}), depth)
    if "allOf" in node:
        rows = []
        for part in node["allOf"]:
            rows += _fields(document, part, depth)
        return rows
    rows = []
    required = set(node.get("required", ()))
    for name, prop in (node.get("properties") or {}).items():
        target, ref = _resolve(document, prop)
        kind = target.get("type") or ref or "object"
        if kind == "array":
            item, item_ref = _resolve(document, target.get("items", {}))
            kind = f"array of {item_ref or item.get('type', 'object')}"
        elif ref and target.get("enum"):
            kind = " | ".join(str(v) for v in target["enum"])
        rows.append(
            {
                "name": name,
                "type": kind,
                "description": prop.get("description") or target.get("description", ""),
                "required": name in required,
                "nullable": bool(prop.get("nullable") or target.get("nullable")),
            }
        )
    return rows


def _endpoints(document):
    rows = []
    for route, methods in document.get("paths", {}).items():
        for method, operation in methods.items():
            ok = operation.get("responses", {})
            body = next(
                (
                    value
                    for code, value in ok.items()
                    if str(code).startswith("2") and value.get("content")
                ),
                None,
            )
            fields = []
            if body:
                media = next(iter(body["content"].values()))
                fields = _fields(document, media.get("schema", {}))
                # A page of results: show the fields of one row.
                for row in fields:
                    if row["name"] == "results":
                        item = media["schema"]
                        item, _ref = _resolve(document, item)
                        fields = _fields(
                            document,
                            item.get("properties", {}).get("results", {}),
                        )
                        break
            sent = []
            request_body = operation.get("requestBody", {}).get("content", {})
            if request_body:
                media = next(iter(request_body.values()))
                sent = _fields(document, media.get("schema", {}))
            rows.append(
                {
                    "method": method.upper(),
                    "sent": sent,
                    "path": route,
                    "anchor": operation.get("operationId", ""),
                    "summary": (operation.get("description") or "").strip(),
                    "token": bool(operation.get("security"))
                    and {} not in operation.get("security", []),
                    "parameters": operation.get("parameters", []),
                    "fields": fields,
                }
            )
    return rows


@require_safe
def docs(request):
    document = schema(translation.get_language() or "en")
    base = request.build_absolute_uri("/api/v1/").rstrip("/")
    for endpoint in (endpoints := _endpoints(document)):
        for field in endpoint["fields"] + endpoint["sent"]:
            if field["nullable"]:
                field["type"] += " | null"
    return render(
        request,
        "api/docs.html",
        {
            "info": document.get("info", {}),
            "endpoints": endpoints,
            "base": base,
            "schema_url": f"{base}/schema/",
            "schema_json_url": f"{base}/schema/?format=json",
            "example": f'curl "{base}/materials/?lang=kk&audience=parents"',
            "auth_header": "Authorization: Bearer kopir_…",
        },
    )


ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "For each field (or “detail”), what is wrong with it.",
    "additionalProperties": {
        "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
    },
}


def _error(description, schema_name):
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"$ref": f"#/components/schemas/{schema_name}"}
            }
        },
    }


def add_error_responses(result, generator, request, public):
    """drf-spectacular post-processing: the answers every endpoint may give
    besides success (not modified, bad input, no token, not found, too many)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["FieldErrors"] = FIELD_ERRORS
    for methods in result.get("paths", {}).values():
        for method, operation in methods.items():
            responses = operation.setdefault("responses", {})
            token = {} not in operation.get("security", [{}])
            if method == "get":
                responses.setdefault(
                    "304", {"description": "Not modified since the ETag sent."}
                )
            if operation.get("parameters") or method == "post":
                responses.setdefault(
                    "400", _error("A parameter or field is wrong.", "FieldErrors")
                )
            if token:
                responses.setdefault(
                    "401",
                    _error("No token, or an unknown, revoked or expired one.", "Error"),
                )
                responses.setdefault(
                    "403", _error("The token lacks the scope this needs.", "Error")
                )
            responses.setdefault("404", _error("Not found (or not yours).", "Error"))
            responses.setdefault("429", _error("Too many requests; wait.", "Error"))
    return result
