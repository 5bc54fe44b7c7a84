"""Webapplicatie van kostprijs: ``kostprijs web`` (zie docs/web.md).

Pagina's voor inkopers en controllers die geen YAML schrijven, en een API voor andere hulpmiddelen, op
dezelfde bibliotheek. Vereist de extra ``web`` (Starlette, Jinja2, uvicorn); ``import kostprijs`` laadt
dit pakket niet.
"""
